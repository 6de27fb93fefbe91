#!/usr/bin/env node
// The Clausewise language server for any LSP editor: `clausewise-language-server --stdio`
// (or `--node-ipc`). The server itself is the bundled dist/server.js.
'use strict';
require('../dist/server.js');
