import { NavLink } from 'react-router';
import './tab-nav.css';

export interface Tab {
  readonly to: string;
  readonly label: string;
  /** Current only on this exact path, not on the paths below it. */
  readonly end?: boolean;
}

/** The views of one page as tabs; the router marks the current one. */
export const TabNav = ({ label, tabs }: { label: string; tabs: readonly Tab[] }) => (
  <nav className="tabs" aria-label={label}>
    {tabs.map((tab) => (
      <NavLink key={tab.to} end={tab.end} to={tab.to} className="tabs__tab">
        {tab.label}
      </NavLink>
    ))}
  </nav>
);
