# `cmake --install`: lviewc, lview::core, lview::runtime, the headers, the
# client bundle, and the LView package (find_package(LView 0.1)).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(LVIEW_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/LView")

install(TARGETS lviewc lview_core lview_runtime
  EXPORT LViewTargets
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/runtime/include/lview" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${LVIEW_CLIENT_BUNDLE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/lview")
install(EXPORT LViewTargets NAMESPACE lview:: DESTINATION "${LVIEW_CMAKE_DIR}")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/LViewConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/LViewConfig.cmake" INSTALL_DESTINATION "${LVIEW_CMAKE_DIR}")
# Before 1.0 the generated ABI may change with any minor version.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/LViewConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/LViewConfig.cmake" "${PROJECT_BINARY_DIR}/LViewConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/AddLiveView.cmake" DESTINATION "${LVIEW_CMAKE_DIR}")
