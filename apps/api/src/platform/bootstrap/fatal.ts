import { ConfigError } from '../config';
import { BootError } from './preflight';

/**
 * Ends the process with one line on stderr. Expected boot problems print their message;
 * anything else prints its first line only (the full error is for logs, not for the console).
 */
export function exitWithError(processName: string, error: unknown): never {
  const message =
    error instanceof ConfigError
      ? `configuration error: ${error.message}`
      : error instanceof BootError
        ? error.message
        : isAddressInUse(error)
          ? `port ${error.port ?? ''} is already in use: stop the other program or set PORT to a free port`.replace(
              'port  is',
              'the port is',
            )
          : `failed to start: ${error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)}`;
  process.stderr.write(`lantern ${processName}: ${message}\n`);
  process.exit(1);
}

function isAddressInUse(error: unknown): error is { code: string; port?: number } {
  return (
    !!error && typeof error === 'object' && (error as { code?: unknown }).code === 'EADDRINUSE'
  );
}
