// Each UI test starts with empty storage so tests never see each other's saved state.
beforeEach(() => {
  window.localStorage.clear()
})
