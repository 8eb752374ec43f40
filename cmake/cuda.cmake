# Finding nvcc, once for the project and for tasks/attention built standalone (GPU machines that
# lack the engine's dependencies): both include this file. Sets AVO_HAVE_CUDA when CUDA is
# enabled. AVO_BUILD_CUDA=OFF skips the search; standalone builds leave it unset and search.
if(DEFINED AVO_BUILD_CUDA AND NOT AVO_BUILD_CUDA)
  return()
endif()
# Debian-style installs put nvcc outside PATH.
if(NOT CMAKE_CUDA_COMPILER AND EXISTS /usr/local/cuda/bin/nvcc)
  set(CMAKE_CUDA_COMPILER /usr/local/cuda/bin/nvcc)
endif()
include(CheckLanguage)
check_language(CUDA)
if(CMAKE_CUDA_COMPILER)
  enable_language(CUDA)
  find_package(CUDAToolkit REQUIRED)
  set(AVO_HAVE_CUDA ON)
else()
  message(STATUS "avo: nvcc not found; the attention task is not built")
endif()
