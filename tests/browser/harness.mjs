// Starts the gallery server and headless Debian Chromium for browser tests.
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";

export const GALLERY = process.env.LVIEW_GALLERY;

// Starts lview_gallery on a free loopback port; resolves once it listens.
export function startServer({ port = 0, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(GALLERY, ["--address", "127.0.0.1", "--port", String(port)], {
      env: { ...process.env, LVIEW_SECRET: "browser-test-secret-0123456789", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 10000);
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = log.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m && !child.lviewPort) {
        child.lviewPort = Number(m[1]);
        clearTimeout(timer);
        resolve({
          child,
          port: child.lviewPort,
          url: (path) => `http://127.0.0.1:${child.lviewPort}${path}`,
          log: () => log,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once("exit", (code) => done(code));
            child.kill("SIGTERM");
          }),
        });
      }
    });
    child.once("exit", (code) => { clearTimeout(timer); if (!child.lviewPort) reject(new Error(`server exited ${code}:\n${log}`)); });
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// Waits until the LiveView container has joined.
export async function connected(page) {
  await page.waitForSelector("[data-phx-main].phx-connected", { timeout: 10000 });
}
