"""Command-line commands, one module per area; ``integration_desk.cli.COMMAND_MODULES`` lists them."""
