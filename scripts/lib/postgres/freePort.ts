import net from 'node:net'

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    )
  })

const anyFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** The preferred port when it is free, else any free one; `taken` tells whether it had to move. */
export const choosePort = async (preferred: number) =>
  (await canListen(preferred))
    ? { port: preferred, taken: false }
    : { port: await anyFreePort(), taken: true }
