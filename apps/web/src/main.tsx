import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { sessionRefresher } from './lib/api-client'
import './styles/theme.css'
import './styles/layout.css'
import './styles/controls.css'
import './styles/content.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

sessionRefresher.startProactiveRefresh()

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
