// Reusable read memory for plain sockets. Node would allocate a fresh 64 KB buffer for
// every read; message bodies held until their APPEND keep those alive long enough to
// reach the old generation, and the garbage collector then costs as much CPU as the
// copy itself. Reads land instead in large slabs that go back to a free list once no
// literal references them.

interface Slab {
  memory: Buffer;
  /** Literal chunks still pointing into this slab. */
  refs: number;
  /** The cursor that fills it has moved on: only references keep it from reuse. */
  retired: boolean;
}

/** Room a read is offered at least; a smaller tail of a slab is left unused. */
const MIN_READ = 64 * 1024;

export class ReadSlabPool {
  private readonly free: Slab[] = [];
  private readonly slabOf = new WeakMap<ArrayBuffer | SharedArrayBuffer, Slab>();

  constructor(
    private readonly slabBytes = 1024 * 1024,
    // enough for the default in-flight budget (64 MB) plus every connection's current slab:
    // freeing slabs and allocating new ones makes the garbage collector run far more often
    private readonly maxFree = 128,
  ) {}

  /** One connection's write position: hands out the free tail of its current slab. */
  cursor(): ReadCursor {
    return new ReadCursor(this);
  }

  /** Counts a reference to the slab `chunk` lives in; chunks from elsewhere are ignored. */
  retain(chunk: Buffer): void {
    const slab = this.slabOf.get(chunk.buffer);
    if (slab) slab.refs++;
  }

  release(chunk: Buffer): void {
    const slab = this.slabOf.get(chunk.buffer);
    if (!slab) return;
    slab.refs--;
    this.recycle(slab);
  }

  /** @internal */
  take(): Slab {
    const slab = this.free.pop() ?? this.create();
    slab.retired = false;
    return slab;
  }

  /** @internal */
  retire(slab: Slab): void {
    slab.retired = true;
    this.recycle(slab);
  }

  /** @internal */
  get minRead(): number {
    return MIN_READ;
  }

  private create(): Slab {
    // allocUnsafeSlow: a slab of its own, never a view into Node's shared pool
    const slab: Slab = {
      memory: Buffer.allocUnsafeSlow(this.slabBytes),
      refs: 0,
      retired: false,
    };
    this.slabOf.set(slab.memory.buffer, slab);
    return slab;
  }

  private recycle(slab: Slab): void {
    if (!slab.retired || slab.refs > 0) return;
    // kept from being recycled twice
    slab.retired = false;
    if (this.free.length < this.maxFree) this.free.push(slab);
  }
}

export class ReadCursor {
  private slab: Slab | undefined;
  private offset = 0;

  constructor(private readonly pool: ReadSlabPool) {}

  /** The region the next read may fill. */
  next(): Buffer {
    if (!this.slab || this.slab.memory.length - this.offset < this.pool.minRead) {
      if (this.slab) this.pool.retire(this.slab);
      this.slab = this.pool.take();
      this.offset = 0;
    }
    return this.slab.memory.subarray(this.offset);
  }

  /** The bytes a read put into `region` (the last one `next` gave); later reads go after them. */
  filled(region: Buffer, bytes: number): Buffer {
    this.offset += bytes;
    return region.subarray(0, bytes);
  }

  /** The connection is gone: its slab may be reused once its literals are released. */
  close(): void {
    if (this.slab) this.pool.retire(this.slab);
    this.slab = undefined;
  }
}

export const sharedReadSlabPool = new ReadSlabPool();
