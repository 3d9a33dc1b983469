// The start-up baseline: the smallest Ink app on the same Node, in the alternate screen.
import { render, Text } from 'ink';
import { createElement as h } from 'react';

const app = render(h(Text, null, 'minimal ink ready'), { alternateScreen: true, interactive: true });
setTimeout(() => app.unmount(), 1500);
