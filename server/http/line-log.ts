/**
 * Log lines (hono's request logger writes two a request) gathered and written to stdout once per
 * turn of the event loop: a write to a pipe or a file is synchronous in Node, and console.log's
 * one write per line showed in the service's profile under many requests (bench/ack-push.ts,
 * bench/load.ts). What is left is written on exit.
 */
export function lineLog(write: (chunk: string) => void = (chunk) => process.stdout.write(chunk)): (line: string) => void {
  let lines: string[] = [];
  let due = false;
  const flush = () => {
    due = false;
    if (lines.length === 0) return;
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    write(chunk);
  };
  process.once('exit', flush);
  return (line) => {
    lines.push(line);
    if (!due) {
      due = true;
      setImmediate(flush);
    }
  };
}
