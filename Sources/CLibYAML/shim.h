#ifndef ERRORCATALOG_CLIBYAML_SHIM_H
#define ERRORCATALOG_CLIBYAML_SHIM_H

// The system libyaml (Debian: libyaml-dev, Homebrew: libyaml), exposed as-is.
#include <yaml.h>

#endif
