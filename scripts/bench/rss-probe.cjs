// Preloaded with `node -r` by the benchmark: prints the process's peak RSS to stderr at exit.
process.on('exit', () => { process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`); });
