import type { EndpointSession } from './endpoint-session.js';
import { appendMessage, appendMessages, type AppendItem } from './imap/imap-commands.js';
import { ImapCommandError, type ImapConnection } from './imap/imap-connection.js';

const NO_SLOT_PAUSE_MS = 1000;
const FAILED_OPEN_PAUSE_MS = 10_000;

interface Lane {
  session: EndpointSession;
  queued: number;
}

/**
 * Extra destination connections that carry APPENDs for every folder of a run.
 * APPEND names its mailbox, so any authenticated connection takes any folder's
 * messages: a destination that fsyncs every message keeps more of them
 * overlapping, and a run stays as wide at its last big folder as at its start.
 * Each append goes to the least loaded of its folder's own connection and the
 * lanes. A lane is opened only on a free host slot, never waited for, so runs
 * sharing a host cannot deadlock; a lane that fails is dropped (its folder is
 * retried like after any lost connection) and opened again when needed.
 */
export class DestinationLanes {
  private readonly lanes: Lane[] = [];
  private readonly ownQueued = new WeakMap<ImapConnection, number>();
  private opening = false;
  private closed = false;
  private notBefore = 0;

  constructor(
    private readonly max: number,
    private readonly open: () => Promise<EndpointSession | undefined>,
  ) {}

  /** Appends one group (a MULTIAPPEND when it holds several) and resolves when it is stored. */
  async append(own: ImapConnection, wire: string, items: AppendItem[]): Promise<void> {
    const bytes = items.reduce((n, i) => n + i.body.length, 0);
    const ownLoad = this.ownQueued.get(own) ?? 0;
    const lane = this.lanes.reduce<Lane | undefined>(
      (best, l) => (l.queued < (best?.queued ?? ownLoad) ? l : best),
      undefined,
    );
    if (Math.min(ownLoad, lane?.queued ?? ownLoad) > 0) this.grow();
    const conn = lane?.session.conn ?? own;
    if (lane) lane.queued += bytes;
    else this.ownQueued.set(own, ownLoad + bytes);
    try {
      await send(conn, wire, items);
    } catch (err) {
      // a refusal leaves the connection usable; anything else ends the lane
      if (lane && !(err instanceof ImapCommandError)) this.drop(lane);
      throw err;
    } finally {
      if (lane) lane.queued -= bytes;
      else this.ownQueued.set(own, (this.ownQueued.get(own) ?? bytes) - bytes);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.splice(0).map((l) => l.session.close()));
  }

  /** Opens one more lane in the background when every connection is busy. */
  private grow(): void {
    if (this.opening || this.closed || this.lanes.length >= this.max) return;
    if (Date.now() < this.notBefore) return;
    this.opening = true;
    this.open()
      .then(async (session) => {
        if (!session) this.notBefore = Date.now() + NO_SLOT_PAUSE_MS;
        else if (this.closed) await session.close();
        else this.lanes.push({ session, queued: 0 });
      })
      // an optional connection that fails to open is simply not used for a while
      .catch(() => {
        this.notBefore = Date.now() + FAILED_OPEN_PAUSE_MS;
      })
      .finally(() => {
        this.opening = false;
      });
  }

  private drop(lane: Lane): void {
    const i = this.lanes.indexOf(lane);
    if (i >= 0) this.lanes.splice(i, 1);
    lane.session.conn.destroy();
    void lane.session.close();
  }
}

function send(conn: ImapConnection, wire: string, items: AppendItem[]): Promise<unknown> {
  const [single] = items;
  if (items.length === 1 && single)
    return appendMessage(conn, wire, single.flags, single.internalDate, single.body);
  return appendMessages(conn, wire, items);
}
