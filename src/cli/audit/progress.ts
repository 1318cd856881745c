/**
 * Progress on stderr: on a terminal one bar redrawn in place (done/total, current sites, elapsed,
 * estimate); otherwise one plain line per finished site. Host names are made inert for terminals.
 */
import { inertForTerminal } from '../terminal';

export interface Progress {
  started(host: string): void;
  finished(host: string, outcome: string): void;
  /** A line above the bar (or a plain line). */
  note(line: string): void;
  close(): void;
}

/** `m:ss` (or `h:mm:ss`) of a duration in milliseconds. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return hms[0] ? `${hms[0]}:${String(hms[1]).padStart(2, '0')}:${String(hms[2]).padStart(2, '0')}` : `${hms[1]}:${String(hms[2]).padStart(2, '0')}`;
}

/** The bar's text for a state; the estimate assumes the sites left take as long as those done. */
export function barLine(done: number, total: number, current: readonly string[], elapsedMs: number, width = 24): string {
  const filled = total ? Math.round((width * done) / total) : width;
  const eta = done > 0 && done < total ? `, ~${clock((elapsedMs / done) * (total - done))} left` : '';
  const now = current.length ? ` | ${current.slice(0, 3).join(', ')}${current.length > 3 ? ', …' : ''}` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${now} | ${clock(elapsedMs)} elapsed${eta}`;
}

/** A progress reporter for `total` sites on a stream. */
export function createProgress(total: number, stream: { isTTY?: boolean; columns?: number; write(s: string): unknown }, now = () => Date.now()): Progress {
  const t0 = now();
  const current: string[] = [];
  let done = 0;
  const tty = Boolean(stream.isTTY);
  const draw = () => {
    if (!tty) return;
    const line = barLine(done, total, current, now() - t0).slice(0, Math.max(20, (stream.columns ?? 100) - 1));
    stream.write(`\r\u001b[2K${line}`);
  };
  const timer = tty ? setInterval(draw, 1000) : undefined;
  timer?.unref();
  const say = (line: string) => {
    stream.write(tty ? `\r\u001b[2K${inertForTerminal(line)}\n` : `${inertForTerminal(line)}\n`);
    draw();
  };
  return {
    started(host) {
      current.push(inertForTerminal(host));
      draw();
    },
    finished(host, outcome) {
      const i = current.indexOf(inertForTerminal(host));
      if (i >= 0) current.splice(i, 1);
      done++;
      say(`audit: [${done}/${total}] ${host}: ${outcome}`);
    },
    note: say,
    close() {
      if (timer) clearInterval(timer);
      if (tty) stream.write('\r\u001b[2K');
    },
  };
}
