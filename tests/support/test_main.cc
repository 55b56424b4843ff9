#include "support/test_main.h"

#include <cstdio>

#include "gtest/gtest.h"

namespace leadflow::testing {

int RunTestsWithArguments(int argc, char** argv,
                          const std::vector<std::pair<const char*, std::string*>>& arguments) {
  ::testing::InitGoogleTest(&argc, argv);
  if (static_cast<std::size_t>(argc) != arguments.size() + 1) {
    std::fprintf(stderr, "usage: %s", argv[0]);
    for (const auto& [name, value] : arguments) std::fprintf(stderr, " %s", name);
    std::fprintf(stderr, "\n");
    return 2;
  }
  for (std::size_t i = 0; i < arguments.size(); ++i) *arguments[i].second = argv[i + 1];
  return RUN_ALL_TESTS();
}

}  // namespace leadflow::testing
