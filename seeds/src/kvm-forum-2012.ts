/**
 * Demo conference seed data: KVM Forum + oVirt Workshop 2012 (Barcelona, 7–9 November 2012).
 *
 * Pure data, no I/O. Titles, speaker names, days and local times follow
 * ../shared/seed/kvm-forum-2012-program.md exactly (including its spellings, e.g. "Roadmpa", "Gerd Hoffman");
 * abstracts, bios and the conference description are written for Podium.
 * Times are Europe/Madrid wall-clock times (HH:MM, 24h).
 */

export interface SeedConference {
  slug: string;
  name: string;
  location: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  timeZone: string;
  description: string;
}

export interface SeedTrack {
  name: string;
  /** #rrggbb */
  color: string;
  description: string;
}

export interface SeedRoom {
  name: string;
  capacity: number;
  position: number;
}

export interface SeedSessionType {
  name: string;
  defaultDurationMinutes: number;
}

export interface SeedSpeaker {
  /** kebab-case of name */
  key: string;
  name: string;
  email: string;
  /** The approved, public bio. */
  bio: string;
  /** A newer bio the speaker wrote that waits for the organizers' approval (the demo of bio approval). */
  pendingBio?: string;
}

export interface SeedSession {
  code: string;
  title: string;
  speakerKeys: string[];
  track: string;
  sessionType: string;
  room: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM local */
  start: string;
  /** HH:MM local */
  end: string;
  abstract: string;
}

export const kvmForum2012: {
  conference: SeedConference;
  tracks: SeedTrack[];
  rooms: SeedRoom[];
  sessionTypes: SeedSessionType[];
  speakers: SeedSpeaker[];
  sessions: SeedSession[];
} = {
  conference: {
    slug: 'kvm-forum-2012',
    name: 'KVM Forum + oVirt Workshop 2012',
    location: 'Barcelona, Spain',
    startDate: '2012-11-07',
    endDate: '2012-11-09',
    timeZone: 'Europe/Madrid',
    description:
      'The yearly gathering of the people who build and run KVM, QEMU and the tools around them, held together ' +
      'with a workshop on the oVirt virtualization management platform. Three days of technical talks on ' +
      'hypervisor internals, device emulation, networking, storage and management, with time to meet the ' +
      'developers and plan the next year of work.',
  },

  tracks: [
    {
      name: 'KVM Forum',
      color: '#1d4ed8',
      description: 'The hypervisor and its stack: KVM, QEMU, virtio, libvirt, guest tooling and testing.',
    },
    {
      name: 'oVirt Workshop',
      color: '#b45309',
      description: 'The oVirt management platform: architecture, roadmap, feature deep dives and automation.',
    },
  ],

  rooms: [
    { name: 'Auditorium', capacity: 300, position: 1 },
    { name: 'Sala Gaudí', capacity: 120, position: 2 },
    { name: 'Sala Miró', capacity: 80, position: 3 },
  ],

  sessionTypes: [
    { name: 'Keynote', defaultDurationMinutes: 15 },
    { name: 'Talk', defaultDurationMinutes: 40 },
    { name: 'Short talk', defaultDurationMinutes: 30 },
    { name: 'Deep dive', defaultDurationMinutes: 40 },
  ],

  speakers: [
    {
      key: 'avi-kivity',
      name: 'Avi Kivity',
      email: 'avi.kivity@speakers.podium.test',
      bio: 'Avi Kivity is the original author of the KVM hypervisor and has long served as its maintainer. He speaks regularly about the direction of KVM and its community.',
    },
    {
      key: 'mike-burns',
      name: 'Mike Burns',
      email: 'mike.burns@speakers.podium.test',
      bio: 'Mike Burns is a developer on oVirt Node, the minimal host image of the oVirt project. His interests include image building, deployment and keeping hypervisor hosts easy to manage.',
    },
    {
      key: 'vadim-rozenfeld',
      name: 'Vadim Rozenfeld',
      email: 'vadim.rozenfeld@speakers.podium.test',
      bio: 'Vadim Rozenfeld works on Windows guest support for KVM. His focus is on making Windows virtual machines run faster and more reliably on the hypervisor.',
    },
    {
      key: 'andreas-farber',
      name: 'Andreas Färber',
      email: 'andreas.farber@speakers.podium.test',
      bio: 'Andreas Färber is a QEMU contributor with an interest in CPU modeling and the QEMU Object Model. He works on moving QEMU internals towards a cleaner object-based design.',
    },
    {
      key: 'itamar-heim',
      name: 'Itamar Heim',
      email: 'itamar.heim@speakers.podium.test',
      bio: 'Itamar Heim is involved in the oVirt project, working on its overall architecture and planning. He enjoys explaining how the pieces of the management stack fit together.',
    },
    {
      key: 'livnat-peer',
      name: 'Livnat Peer',
      email: 'livnat.peer@speakers.podium.test',
      bio: 'Livnat Peer works on networking in oVirt. Her work covers how logical networks are defined in the engine and configured on the hosts.',
    },
    {
      key: 'ayal-baron',
      name: 'Ayal Baron',
      email: 'ayal.baron@speakers.podium.test',
      bio: 'Ayal Baron works on storage in oVirt. His work spans storage domains, disk management and the storage side of the host agent.',
    },
    {
      key: 'orit-wasserman',
      name: 'Orit Wasserman',
      email: 'orit.wasserman@speakers.podium.test',
      bio: 'Orit Wasserman is a QEMU developer working on live migration. She is interested in making migration of large, busy guests faster and more predictable.',
    },
    {
      key: 'gerd-hoffman',
      name: 'Gerd Hoffman',
      email: 'gerd.hoffman@speakers.podium.test',
      bio: 'Gerd Hoffman is a long-time QEMU developer at Red Hat. He looks after USB emulation in QEMU and also works on graphics and remote display support.',
    },
    {
      key: 'jason-baron',
      name: 'Jason Baron',
      email: 'jason.baron@speakers.podium.test',
      bio: 'Jason Baron is a Linux kernel and QEMU developer. His recent work is on bringing a more modern PC chipset model to QEMU.',
    },
    {
      key: 'richard-jones',
      name: 'Richard Jones',
      email: 'richard.jones@speakers.podium.test',
      bio: 'Richard Jones works at Red Hat and is the author of libguestfs. He also develops the virt tools built on top of it for inspecting and editing virtual machine disk images.',
    },
    {
      key: 'daniel-berrange',
      name: 'Daniel Berrange',
      email: 'daniel.berrange@speakers.podium.test',
      bio: 'Daniel Berrange is one of the core developers of libvirt at Red Hat. He works across the virtualization stack, with a particular interest in security and confinement.',
    },
    {
      key: 'lucas-meneghel-rodrigues',
      name: 'Lucas Meneghel Rodrigues',
      email: 'lucas.rodrigues@speakers.podium.test',
      bio: 'Lucas Meneghel Rodrigues works on KVM autotest and the autotest framework. He is interested in making automated virtualization testing useful to developers as well as QA teams.',
    },
    {
      key: 'michael-s-tsirkin',
      name: 'Michael S. Tsirkin',
      email: 'michael.tsirkin@speakers.podium.test',
      bio: 'Michael S. Tsirkin is a Linux kernel and QEMU developer at Red Hat. He works on virtio and vhost, with a focus on paravirtualized networking performance.',
    },
    {
      key: 'simon-grinberg',
      name: 'Simon Grinberg',
      email: 'simon.grinberg@speakers.podium.test',
      bio: 'Simon Grinberg works on the oVirt project with an interest in integration and automation. He helps users drive oVirt from scripts and external tools.',
    },
    {
      key: 'rik-van-riel',
      name: 'Rik van Riel',
      email: 'rik.vanriel@speakers.podium.test',
      bio: 'Rik van Riel is a Linux kernel developer at Red Hat who has worked on memory management for many years. His current interests include how the kernel manages memory for virtual machines.',
      pendingBio:
        'Rik van Riel is a Linux kernel developer at Red Hat who has worked on memory management for many years. This year he works on **automatic NUMA balancing**, so that virtual machines run close to their memory.',
    },
  ],

  sessions: [
    {
      code: 'KVMKEY',
      title: 'Keynote Address',
      speakerKeys: ['avi-kivity'],
      track: 'KVM Forum',
      sessionType: 'Keynote',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '09:00',
      end: '09:15',
      abstract:
        'The opening keynote of the conference. It looks back at what changed in KVM over the past year and sets ' +
        'out the main themes for the hypervisor and its community in the year ahead.',
    },
    {
      code: 'OVNODE',
      title: 'oVirt Node Architecture Design and Roadmpa',
      speakerKeys: ['mike-burns'],
      track: 'oVirt Workshop',
      sessionType: 'Talk',
      room: 'Sala Miró',
      date: '2012-11-07',
      start: '11:15',
      end: '12:00',
      abstract:
        'An overview of how oVirt Node, the small purpose-built hypervisor image, is designed and put together. ' +
        'The talk covers ways to install and extend the image, the trade-offs of shipping a host as an appliance, ' +
        'and recent work such as plugins and stateless hosts. It ends with a look at what is planned next.',
    },
    {
      code: 'KVMHYV',
      title: 'KVM and Microsoft Hyper-V Enlightenments',
      speakerKeys: ['vadim-rozenfeld'],
      track: 'KVM Forum',
      sessionType: 'Talk',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '13:00',
      end: '13:40',
      abstract:
        'Recent Windows releases know when they run on a hypervisor and can use paravirtual interfaces defined by ' +
        'Hyper-V to avoid expensive operations. This session explains which of these interfaces KVM can offer, ' +
        'such as virtual APIC access, spinlock hints and a stable TSC, and what they mean for Windows guest ' +
        'performance. It is aimed mainly at developers.',
    },
    {
      code: 'KVMQOM',
      title: 'QOM Vadis? Taking Objects to CPU and Beyond',
      speakerKeys: ['andreas-farber'],
      track: 'KVM Forum',
      sessionType: 'Talk',
      room: 'Sala Gaudí',
      date: '2012-11-07',
      start: '13:00',
      end: '13:40',
      abstract:
        'The QEMU Object Model replaces qdev as the way QEMU describes and inspects devices. This talk is a ' +
        'practical guide for device authors to what changes with QOM, and reports on converting CPUs into QOM ' +
        'objects: what has been done so far and what comes next. It also lists common pitfalls when touching CPU ' +
        'state.',
    },
    {
      code: 'OVARCH',
      title: 'oVirt High-Level Architecture & Roadmap',
      speakerKeys: ['itamar-heim'],
      track: 'oVirt Workshop',
      sessionType: 'Talk',
      room: 'Sala Miró',
      date: '2012-11-07',
      start: '13:00',
      end: '13:40',
      abstract:
        'A tour of the main components of oVirt, from the engine to the host agent, and how they talk to each ' +
        'other. The session closes with the roadmap for the coming releases.',
    },
    {
      code: 'OVNETW',
      title: 'Deep Dive Features: Network',
      speakerKeys: ['livnat-peer'],
      track: 'oVirt Workshop',
      sessionType: 'Deep dive',
      room: 'Sala Miró',
      date: '2012-11-07',
      start: '13:40',
      end: '14:20',
      abstract:
        'A close look at the networking features added to oVirt recently. Topics include configuring host ' +
        'networks, jumbo frames, networks without bridges, port mirroring, optional networks and hot-plugging ' +
        'network interfaces into running virtual machines.',
    },
    {
      code: 'OVSTOR',
      title: 'Deep Dive Features: Storage',
      speakerKeys: ['ayal-baron'],
      track: 'oVirt Workshop',
      sessionType: 'Deep dive',
      room: 'Sala Miró',
      date: '2012-11-07',
      start: '14:20',
      end: '15:00',
      abstract:
        'A close look at the storage features added to oVirt recently. Topics include disk hot-plug, live ' +
        'snapshots, live storage migration, shared and floating disks, direct LUN access, POSIX and NFS domain ' +
        'options, and using several storage domains together.',
    },
    {
      code: 'KVMMIG',
      title: 'Live Migration: Even faster, Now With a Dedicated Thread!',
      speakerKeys: ['orit-wasserman'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '14:30',
      end: '15:00',
      abstract:
        'Outgoing live migration in QEMU now runs in its own thread instead of competing with the I/O thread and ' +
        'the vCPUs. This talk explains the change and how it improves throughput and downtime. It then looks at ' +
        'migration performance for very large guests, the effect on running workloads, and the network and CPU ' +
        'cost of migrating.',
    },
    {
      code: 'KVMUSB',
      title: 'Qemu USB Status Report 2012',
      speakerKeys: ['gerd-hoffman'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '15:30',
      end: '16:00',
      abstract:
        'A yearly update on USB emulation in QEMU. It summarises the work done since the last report, where USB ' +
        '3.0 support stands, and what is planned for the subsystem next.',
    },
    {
      code: 'KVMQ35',
      title: "A New Chipset for Qemu - Intel's Q35",
      speakerKeys: ['jason-baron'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '16:30',
      end: '17:00',
      abstract:
        "QEMU's default PC machine emulates a chipset from the mid-1990s, which limits what guests can do, " +
        'especially around PCI. This talk presents a new machine type based on the Intel Q35 chipset with native ' +
        'PCI Express, covering its topology, devices and features such as hotplug and error reporting, and the ' +
        'remaining steps before it can be merged.',
    },
    {
      code: 'KVMLGF',
      title: 'New Features in libguestfs and the Virt Tools',
      speakerKeys: ['richard-jones'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Sala Gaudí',
      date: '2012-11-07',
      start: '16:30',
      end: '17:00',
      abstract:
        'libguestfs lets programs and administrators read and change the contents of virtual machine disk images ' +
        'safely, using QEMU and a small appliance kernel. This session is a live demo of the library and the ' +
        'virt-* command-line tools, with a tour of what is new in the latest release.',
    },
    {
      code: 'KVMSBX',
      title: 'Building Application Sandboxes on Top of KVM or LXC Using libvirt',
      speakerKeys: ['daniel-berrange'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Auditorium',
      date: '2012-11-07',
      start: '17:00',
      end: '17:30',
      abstract:
        'Virtualization is usually about running whole operating systems, but it can also confine a single ' +
        'application. This talk introduces libvirt-sandbox, which uses libvirt with KVM or LXC to run ' +
        'applications in isolated sandboxes without installing a separate guest OS. It covers the design, the ' +
        'problems met along the way, typical use cases and future plans.',
    },
    {
      code: 'KVMATS',
      title: "KVM autotest - It's not Just a QA Tool Anymore",
      speakerKeys: ['lucas-meneghel-rodrigues'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Sala Gaudí',
      date: '2012-11-07',
      start: '17:00',
      end: '17:30',
      abstract:
        'KVM autotest is a large suite of functional and performance tests for KVM, long seen mainly as a QA ' +
        'tool. This talk shows how it has been reshaped for developers: tests split from the core framework, ' +
        'APIs usable from standalone scripts, and less configuration to learn. It includes a demo and a look at ' +
        'upcoming work.',
    },
    {
      code: 'KVMVIO',
      title: 'Virtio & Networking Status and Challenges',
      speakerKeys: ['michael-s-tsirkin'],
      track: 'KVM Forum',
      sessionType: 'Talk',
      room: 'Auditorium',
      date: '2012-11-08',
      start: '09:15',
      end: '10:00',
      abstract:
        'An update on virtio and vhost with a focus on paravirtualized networking in KVM. After a short overview ' +
        "of the architecture, the talk walks through the past year's enhancements, most of them about " +
        'performance, and the open problems still to solve. It is aimed at developers interested in the internals.',
    },
    {
      code: 'OVSDKC',
      title: 'Scripting and Integration : oVirt CLI and SDK',
      speakerKeys: ['simon-grinberg'],
      track: 'oVirt Workshop',
      sessionType: 'Talk',
      room: 'Sala Miró',
      date: '2012-11-08',
      start: '09:15',
      end: '10:00',
      abstract:
        'How to automate oVirt from the outside. The session shows how the REST API, the software development ' +
        'kit and the command-line shell can be used to script everyday tasks and integrate oVirt with other ' +
        'systems.',
    },
    {
      code: 'KVMMEM',
      title: 'KVM Memory Management Update & Plans',
      speakerKeys: ['rik-van-riel'],
      track: 'KVM Forum',
      sessionType: 'Short talk',
      room: 'Auditorium',
      date: '2012-11-08',
      start: '10:30',
      end: '11:00',
      abstract:
        'A short review of changes to memory management for KVM guests over the last year and ideas for the next ' +
        'one, including transparent huge pages, ballooning and NUMA placement. The talk is kept brief to leave ' +
        'plenty of time for open discussion.',
    },
  ],
};
