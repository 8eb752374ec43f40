# Every dependency comes from Debian's packages (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(CURL REQUIRED)
find_package(OpenSSL REQUIRED)  # libcrypto: SHA-256 of the files a run trusts
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(SQLiteCpp REQUIRED)
pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
# Debian builds cpp-httplib as a library with OpenSSL support; pkg-config carries its flags.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
if(AVO_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()

# CUDA is optional for the engine: the attention task needs it, the CPU task does not.
include(${CMAKE_CURRENT_LIST_DIR}/cuda.cmake)
