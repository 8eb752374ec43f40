# Warnings are errors in our own code. Third-party headers come in as SYSTEM includes so their
# warnings never fail our build.
function(avo_set_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
      -Wconversion -Wno-sign-conversion -Wimplicit-fallthrough -Werror>)
endfunction()
