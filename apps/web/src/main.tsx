import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadSessionRefresher } from './lib/api-client'
import './styles/theme.css'
import './styles/layout.css'
import './styles/controls.css'
import './styles/content.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// Loads beside the first render instead of before it.
void loadSessionRefresher().then((refresher) => refresher.startProactiveRefresh())

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
