// Minimal MCPB entry point (the bundle's server is not started by the tests).
console.log('weather');
