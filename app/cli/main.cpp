// carbondse-cli: the headless front end over the core library. Subcommands live in their own files.
#include <iostream>

#include "cli_commands.h"

int main(int argc, char** argv) { return cdse::cli::dispatch(argc, argv, std::cout, std::cerr); }
