import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local HTTP server that records when each request's body has fully
 * arrived (epoch ms, the clock a service counts its window on), for tests
 * that check what reaches a service rather than what a client meant to send.
 */
export async function withArrivalServer<T>(use: (url: string, arrivals: number[]) => Promise<T>): Promise<T> {
  const arrivals: number[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      arrivals.push(Date.now())
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, arrivals)
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
