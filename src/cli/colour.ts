/** Colour on stderr: only on a terminal, and never when NO_COLOR is set to something (https://no-color.org). */
export function useColour(env: Readonly<Record<string, string | undefined>> | undefined, isTTY: boolean | undefined): boolean {
  return isTTY === true && !env?.NO_COLOR;
}

/** A problem line: `chitieu:` in red when colour is on. */
export function problemLine(message: string, colour: boolean): string {
  return `${colour ? '\x1b[31mchitieu:\x1b[39m' : 'chitieu:'} ${message}\n`;
}

/** A warning line (something was read, with a loss or a guess to know of): `chitieu:` in yellow when colour is on. */
export function warningLine(message: string, colour: boolean): string {
  return `${colour ? '\x1b[33mchitieu:\x1b[39m' : 'chitieu:'} ${message}\n`;
}
