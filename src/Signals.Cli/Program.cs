using Signals.Cli;

return await SignalsApp.RunAsync(args);
