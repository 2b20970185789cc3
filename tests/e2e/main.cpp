// doctest runner for the end-to-end tests (they run the real kitpress binary on real kits).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
