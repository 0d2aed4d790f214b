import '@hezhang/ui/styles.css';
import './app.css';
import { render } from 'preact';
import { App } from './App.js';

const root = document.getElementById('app');
if (root) render(<App />, root);
