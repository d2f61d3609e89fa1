/* Web Workers for a site opened as files (file://), where Chromium refuses `new Worker(file:...)`,
   so Material's search would never start. Material's `offline` plugin fixes that with the
   iframe-worker shim fetched from unpkg.com, which a reader without network cannot fetch and which
   this site would not fetch anyway (nothing comes from the network); the timeline plugin puts this
   file in its place. The same idea: the worker's script runs in a hidden frame of the page, and
   messages go both ways as events. Added only to builds with the offline plugin enabled. */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;  // served over HTTP, real workers work

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.ready = false;
      this.waiting = [];
      const frame = document.createElement("iframe");
      frame.hidden = true;  // hidden frames are skipped by screen readers and Tab
      (document.body || document.documentElement).appendChild(frame);
      this.frame = frame;
      const inner = frame.contentWindow;
      // The worker answers with the global postMessage: to this object's listeners, as a worker's
      // answers arrive (later, and a copy made in this page).
      inner.postMessage = (data) => setTimeout(() => this.emit("message", structuredClone(data)));
      inner.addEventListener("error", (event) => this.emit("error", event.message));
      const script = inner.document.createElement("script");
      script.src = new URL(url, document.baseURI).href;
      script.onload = () => {
        this.ready = true;
        this.waiting.splice(0).forEach((data) => this.postMessage(data));
      };
      script.onerror = () => this.emit("error", "cannot load " + script.src);
      inner.document.head.appendChild(script);
    }

    postMessage(data) {
      if (!this.ready) {  // sent before the worker's script listens: kept until it does
        this.waiting.push(data);
        return;
      }
      const inner = this.frame.contentWindow;
      const copy = inner.structuredClone(data);
      setTimeout(() => inner.dispatchEvent(new inner.MessageEvent("message", { data: copy })));
    }

    terminate() {
      this.frame.remove();
    }

    emit(type, data) {
      const event = type === "error" ? new ErrorEvent("error", { message: data }) : new MessageEvent(type, { data });
      this.dispatchEvent(event);
      const handler = this["on" + type];
      if (typeof handler === "function") handler.call(this, event);
    }
  }

  // Material's search worker looks for this name in its parent to know it runs in a frame.
  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
