namespace Playbook.Tests.Content;

public class NeedsSeedsFactTests
{
    [Theory]
    [InlineData("clone")]
    [InlineData("ci/clone")]
    public void The_seeds_are_found_in_shared_beside_the_repository_or_a_folder_above_it(string clone)
    {
        var root = Directory.CreateTempSubdirectory("seeds-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "shared", "seeds"));
            Directory.CreateDirectory(Path.Combine(root, clone));
            Assert.Equal(Path.Combine(root, "shared", "seeds"), DefaultPlaybookContentTests.FindSeeds(Path.Combine(root, clone)));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Missing_seeds_skip_the_copy_check_outside_ci() =>
        Assert.Contains("shared/seeds not found", NeedsSeedsFactAttribute.SkipReason(null, null));

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public void Missing_seeds_under_ci_run_the_copy_check_so_it_fails(string ci) =>
        Assert.Null(NeedsSeedsFactAttribute.SkipReason(null, ci));

    [Fact]
    public void Found_seeds_never_skip_the_copy_check() =>
        Assert.Null(NeedsSeedsFactAttribute.SkipReason("/somewhere/shared/seeds", null));
}
