# Writes a file's bytes as a C++ array with C linkage (cmake -P), so that the library carries
# its cubin and its provenance without reading files at run time.
#   -DIN=file -DOUT=source.cpp -DNAME=symbol [-DTEXT=ON: char array with a NUL, no size]
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR bytes "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
if(TEXT)
  file(WRITE "${OUT}" "extern \"C\" const char ${NAME}[] = {${body} 0};\n")
else()
  file(WRITE "${OUT}" "extern \"C\" const unsigned char ${NAME}[] = {${body}};\n"
                      "extern \"C\" const unsigned long long ${NAME}_size = ${bytes}ULL;\n")
endif()
