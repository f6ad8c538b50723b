/** commands.js: loaded by commands.html (the manifest's FunctionFile) after office.js. */
import { registerCommands } from './commands';

registerCommands();
