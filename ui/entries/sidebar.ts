/** The Sheets sidebar's script, inlined into Sidebar.html. */
import { sheetsHost } from '../../gas/sidebar/sheetsHost';
import { mount } from '../app';

mount(document.getElementById('app')!, sheetsHost(navigator.language));
