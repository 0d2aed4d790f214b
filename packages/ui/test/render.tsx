import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { LangContext } from '../src/i18n.js';

/** What a component renders for a reader of English. */
export const renderEnglish = (node: ComponentChildren) =>
  render(<LangContext.Provider value="en">{node}</LangContext.Provider>);
