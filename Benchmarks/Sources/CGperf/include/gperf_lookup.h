#ifndef ERRORCATALOG_GPERF_LOOKUP_H
#define ERRORCATALOG_GPERF_LOOKUP_H
#include <stddef.h>

/// The index of the key `str` (`len` bytes), or -1: gperf's perfect hash over the same keys.
int gperf_index(const char *str, size_t len);

#endif
