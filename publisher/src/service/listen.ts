import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listens on `port` (0: any free one) and resolves with the port; the error names the setting. */
export function listen(server: Server, port: number, setting: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`cannot listen on port ${port} (${setting}): ${error.code ?? error.message}`)),
    )
    server.listen(port, () => resolve((server.address() as AddressInfo).port))
  })
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
}
