#ifndef LEADFLOW_TESTS_SUPPORT_TEMP_DIR_H_
#define LEADFLOW_TESTS_SUPPORT_TEMP_DIR_H_

#include <string>

namespace leadflow::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with its contents when
// the object is destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name
  std::string File(const std::string& name) const;

 private:
  std::string path_;
};

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_TEMP_DIR_H_
