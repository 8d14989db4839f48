namespace Playbook.Bench;

/// <summary>
/// Folders moved out of the way now and deleted later, all at once: a rename frees no inode, so
/// the runs timed in between create their files as they would on a fresh checkout.
/// </summary>
internal sealed class SetAside(string folder)
{
    public void Move(string path)
    {
        if (!Directory.Exists(path)) return;
        Directory.CreateDirectory(folder);
        // A random name: an interrupted benchmark may have left folders here; DeleteAll takes them too.
        Directory.Move(path, Path.Combine(folder, Path.GetRandomFileName()));
    }

    public void DeleteAll()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
