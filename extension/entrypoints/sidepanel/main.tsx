import { render } from 'preact';
import { db } from '../../db';
import { App } from '../../ui/App';
import '../../ui/style.css';

document.documentElement.lang = navigator.language;
render(<App db={db} />, document.getElementById('app')!);
