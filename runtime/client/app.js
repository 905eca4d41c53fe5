// The browser side of lview: the official Phoenix LiveView client, unmodified,
// started the way Phoenix apps start it. esbuild bundles this file with the
// pinned npm packages; the server embeds the bundle and serves /assets/lview.js.
import { Socket } from "phoenix";
import { LiveSocket } from "phoenix_live_view";

const csrfToken = document.querySelector("meta[name='csrf-token']")?.getAttribute("content");
const liveSocket = new LiveSocket("/live", Socket, { params: { _csrf_token: csrfToken } });
liveSocket.connect();
window.liveSocket = liveSocket;

// socket.put_flash(kind, message) arrives as the push event "lv:flash".
window.addEventListener("phx:lv:flash", (event) => {
  const flash = document.getElementById("lview-flash");
  if (!flash) return;
  flash.textContent = event.detail.message;
  flash.dataset.kind = event.detail.kind;
  clearTimeout(flash.lviewTimer);
  flash.lviewTimer = setTimeout(() => { flash.textContent = ""; }, 5000);
});
