#!/usr/bin/env node
// The `clausewise` command: a launcher for the bundled command line in dist/cli.js.
'use strict';
require('../dist/cli.js');
