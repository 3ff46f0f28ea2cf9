//@@ header
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int iscuber(int a) {
//@@ solution
    for (int i = 0; i * i * i <= abs(a); i++)
        if (i * i * i == abs(a)) return 1;
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(iscuber(1) == 1);
    }
    {
        assert(iscuber(2) == 0);
    }
    {
        assert(iscuber(-1) == 1);
    }
    {
        assert(iscuber(64) == 1);
    }
    {
        assert(iscuber(180) == 0);
    }
    {
        assert(iscuber(1000) == 1);
    }
    {
        assert(iscuber(0) == 1);
    }
    {
        assert(iscuber(1729) == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(iscuber(1) == 1);
    }
    {
        assert(iscuber(2) == 0);
    }
    {
        assert(iscuber(-1) == 1);
    }
    {
        assert(iscuber(64) == 1);
    }
    {
        assert(iscuber(180) == 0);
    }
    {
        assert(iscuber(0) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed iscuber.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
