import { pageConfig } from '../../domain/routes/page-chrome'

// Title and share menus from the one rule for every page (domain/routes/page-chrome.ts).
export default definePageConfig(pageConfig('notFound'))
