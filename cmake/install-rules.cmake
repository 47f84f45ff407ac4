# Install rules and the Debian package (cmake --install; cpack -G DEB), included from the
# top-level CMakeLists.txt unless CMAKE_SKIP_INSTALL_RULES is set. No if(EXISTS) guards: every
# file listed here is in the repository, and a missing one must fail the configure step.
# scripts/test-deb.sh builds the package from these rules and checks it end to end.
install(TARGETS veiviser RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY content/ DESTINATION ${CMAKE_INSTALL_DATADIR}/veiviser/content)
install(FILES deploy/veiviser.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES assets/veiviser.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Relative to the prefix: /usr/lib/systemd/system in the package (Debian 12 merges /lib into /usr).
install(FILES deploy/veiviser-kiosk.service DESTINATION lib/systemd/system)
set(VV_PACKAGE_DOCS README.md docs/kiosk-setup.md docs/printing.md docs/content-format.md docs/law-check.md
                    config/veiviser.example.json config/README.md)
# install(FILES) would only notice a missing file at install time: fail at configure instead.
foreach(doc ${VV_PACKAGE_DOCS})
  if(NOT EXISTS ${PROJECT_SOURCE_DIR}/${doc})
    message(FATAL_ERROR "cmake/install-rules.cmake: ${doc} is missing; the package ships it")
  endif()
endforeach()
install(FILES README.md docs/kiosk-setup.md docs/printing.md docs/content-format.md docs/law-check.md
              config/veiviser.example.json
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES config/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME config.md)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME veiviser)
set(CPACK_PACKAGE_VENDOR "Veiviser")
set(CPACK_PACKAGE_CONTACT "Veiviser maintainers <veiviser@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kiosk guidance for staff worried about a child (Norwegian municipal procedures)")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core, libgl1-mesa-dri, adduser, cage, xwayland")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cups-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/deploy/postinst")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
