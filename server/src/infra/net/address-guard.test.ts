import { describe, expect, it } from 'vitest';
import { AddressGuard, AddressRefusedError, UnresolvableHostError } from './address-guard.js';

describe('the address guard for tenant-chosen URLs', () => {
  const guard = new AddressGuard([]);

  it('lets public addresses through', () => {
    for (const ip of ['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450::1'])
      expect(guard.refusal(ip), ip).toBeNull();
  });

  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified, v4 and v6', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['100.64.0.1', 'carrier-grade NAT'],
      ['224.0.0.251', 'multicast'],
      ['0.0.0.0', 'unspecified'],
      ['255.255.255.255', 'reserved'],
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['fd12:3456::1', 'private'],
      ['fe80::1%eth0', 'link-local'],
      ['ff02::1', 'multicast'],
    ];
    for (const [ip, reason] of cases) expect(guard.refusal(ip), ip).toBe(reason);
  });

  it('sees the IPv4 address inside IPv4-mapped and NAT64 IPv6 forms', () => {
    expect(guard.refusal('::ffff:127.0.0.1')).toBe('loopback');
    expect(guard.refusal('::ffff:7f00:1')).toBe('loopback');
    expect(guard.refusal('::ffff:10.0.0.1')).toBe('private');
    expect(guard.refusal('64:ff9b::a9fe:a9fe')).toBe('link-local');
    expect(guard.refusal('::ffff:93.184.215.14')).toBeNull();
  });

  it('lets an operator allow networks, and nothing more', () => {
    const lab = new AddressGuard(['127.0.0.0/8', 'fd00::/8']);
    expect(lab.refusal('127.0.0.1')).toBeNull();
    expect(lab.refusal('::ffff:127.0.0.1')).toBeNull();
    expect(lab.refusal('fd00::5')).toBeNull();
    expect(lab.refusal('10.0.0.1')).toBe('private');
    expect(lab.refusal('::1')).toBe('loopback');
  });

  it('resolves names and refuses one that points inside', async () => {
    await expect(guard.resolve('localhost')).rejects.toBeInstanceOf(AddressRefusedError);
    await expect(guard.resolve('[::1]')).rejects.toMatchObject({ reason: 'loopback' });
    await expect(guard.resolve('93.184.215.14')).resolves.toEqual([
      { address: '93.184.215.14', family: 4 },
    ]);
    await expect(guard.resolve('no-such-host.invalid')).rejects.toBeInstanceOf(
      UnresolvableHostError,
    );
  });
});
