// Loaded with `node --import` into a child process under test: on exit, prints the process's peak resident memory.
process.on('exit', () => process.stderr.write(`\npeak RSS ${process.resourceUsage().maxRSS} KiB\n`));
