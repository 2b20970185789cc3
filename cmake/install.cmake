# `cmake --install`: the binary, its data under share/kitpress, the man page and shell completion;
# `make package` (CPack): the same as a Debian package.
include(GNUInstallDirs)

# The man page and the bash completion come from the command line's own definition (in a
# sanitizer build too: leak checks are the tests' business, with their suppressions).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/kitpress.1
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 sh -c "\"$1\" man > \"$2\"" sh $<TARGET_FILE:kitpress> ${CMAKE_BINARY_DIR}/kitpress.1
  DEPENDS kitpress COMMENT "Writing the man page" VERBATIM)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/kitpress.bash
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 sh -c "\"$1\" completion bash > \"$2\"" sh $<TARGET_FILE:kitpress>
          ${CMAKE_BINARY_DIR}/kitpress.bash
  DEPENDS kitpress COMMENT "Writing the bash completion" VERBATIM)
add_custom_target(kp_docs ALL DEPENDS ${CMAKE_BINARY_DIR}/kitpress.1 ${CMAKE_BINARY_DIR}/kitpress.bash)

set(KP_DATA ${CMAKE_INSTALL_DATADIR}/kitpress)
install(TARGETS kitpress RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY fonts DESTINATION ${KP_DATA})
install(DIRECTORY kit/stock kit/template kit/template-texts kit/bulle-dg DESTINATION ${KP_DATA}/kit)
install(FILES kit/README.md kit/kitpress.schema.json kit/deck.schema.json kit/guide.schema.json
              kit/stickers.schema.json DESTINATION ${KP_DATA}/kit)
install(FILES ${CMAKE_BINARY_DIR}/kitpress.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/kitpress.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME kitpress)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kitpress)
set(CPACK_PACKAGE_VENDOR kitpress)
set(CPACK_PACKAGE_CONTACT "kitpress maintainers <kitpress@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "print-ready workshop materials (cards, stickers, guides) from YAML")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# The shared libraries' packages come from dpkg-shlibdeps; these are read at run time as data.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fontconfig, hyphen-fr, hyphen-en-us, hyphen-de, hyphen-es")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, glabels-data")
include(CPack)
