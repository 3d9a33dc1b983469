/** Delivers the resolved theme to components; they ask for tokens, never for colours. */
import { Text } from 'ink';
import { createContext, memo, type ReactNode, useContext } from 'react';
import { builtIn } from '../theme/load.js';
import type { Style, Theme, TokenName } from '../theme/tokens.js';

const ThemeContext = createContext<Theme>(builtIn('dark'));

/** Provides a theme to everything below it. */
export const ThemeProvider = ThemeContext.Provider;

/** The style for a semantic token. */
export function useStyle(token: TokenName): Style {
  return useContext(ThemeContext).styles[token];
}

/** Every token's style, for a component that picks among many (one context read, not one per token). */
export function useStyles(): Theme['styles'] {
  return useContext(ThemeContext).styles;
}

/** Text styled by a semantic token. */
export const T = memo(function T({ t, children }: { readonly t: TokenName; readonly children?: ReactNode }) {
  const style = useStyle(t);
  return <Text {...style}>{children}</Text>;
});
