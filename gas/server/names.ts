/**
 * The server functions the menu and the sidebar call, by their top-level names in Server.js
 * (google.script.run reaches only top-level functions whose names do not end in "_").
 */
export const SERVER_FUNCTIONS = {
  showSidebar: 'ithojoShowSidebar',
  showHelp: 'ithojoShowHelp',
  readSelection: 'ithojoReadSelection',
  insertFormula: 'ithojoInsertFormula',
  insertTemplate: 'ithojoInsertTemplate',
} as const;

/** The HTML files the server opens (dist/gas/<name>.html). */
export const SIDEBAR_FILE = 'Sidebar';
export const HELP_FILE = 'Help';
