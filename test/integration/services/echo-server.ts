import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the hostile test server does with the next requests. */
export type EchoMode =
  | { readonly kind: 'status'; readonly status: number; readonly contentType?: string; readonly shape: 'omni' | 'occ' | 'nclue-gw' | 'nclue' | 'html' | 'wrong-shape' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'destroy' }
  | { readonly kind: 'trickle' }
  | { readonly kind: 'huge' }

/** A test server that echoes every request header and body back inside its answers — the worst case for leaks. */
export interface EchoServer {
  readonly url: string
  mode: EchoMode
  /** OCC admin login answers with this token (so the token is a secret in play too). */
  readonly token: string
  close(): Promise<void>
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return text
}

/** Starts the echo server on 127.0.0.1 with a random port. */
export async function startEchoServer(token: string): Promise<EchoServer> {
  const state: { mode: EchoMode } = { mode: { kind: 'status', status: 400, shape: 'omni' } }
  const server: Server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      const echo = JSON.stringify({ url: req.url, headers: req.headers, body })
      if (req.url?.endsWith('/ccadmin/v1/login') === true) {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ access_token: token, token_type: 'bearer' }))
      }
      const mode = state.mode
      if (mode.kind === 'hang') return
      if (mode.kind === 'destroy') return res.socket?.destroy()
      if (mode.kind === 'trickle') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"accept":')
        const t = setInterval(() => res.write(' '), 50)
        res.on('close', () => clearInterval(t))
        return
      }
      if (mode.kind === 'huge') {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ padding: 'x'.repeat(200_000), echo }))
      }
      const bodies: Record<typeof mode.shape, string> = {
        omni: JSON.stringify({ errors: echo }),
        occ: JSON.stringify({ errorCode: '22004', message: echo, status: String(mode.status), errors: [{ errorCode: '22004', message: echo }] }),
        'nclue-gw': JSON.stringify({ error: { errorCode: '200', message: echo, details: echo } }),
        nclue: JSON.stringify({ code: 10102, message: echo }),
        html: `<html><body>${echo}</body></html>`,
        'wrong-shape': JSON.stringify({ accept: echo, id: echo })
      }
      res.writeHead(mode.status, { 'content-type': mode.contentType ?? 'application/json', 'retry-after': '1' })
      res.end(bodies[mode.shape])
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    get mode() {
      return state.mode
    },
    set mode(m: EchoMode) {
      state.mode = m
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
