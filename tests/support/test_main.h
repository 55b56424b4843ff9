#ifndef LEADFLOW_TESTS_SUPPORT_TEST_MAIN_H_
#define LEADFLOW_TESTS_SUPPORT_TEST_MAIN_H_

// main() of a test binary that ctest gives paths on its command line (the
// server binary, a script): gtest takes its own flags first, the rest must
// be exactly the named arguments.

#include <string>
#include <utility>
#include <vector>

namespace leadflow::testing {

// Fills each argument's string from argv, in order, and runs every test;
// with the wrong number of arguments prints the usage line and returns 2.
int RunTestsWithArguments(int argc, char** argv,
                          const std::vector<std::pair<const char*, std::string*>>& arguments);

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_TEST_MAIN_H_
