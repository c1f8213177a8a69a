// Waiting for the next task of the event loop: through a message, which (unlike a timer) a
// background tab does not hold back for up to a second.

/** Resolves in the next task of the event loop. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
